package glossary

import (
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// Load reads a YAML glossary. The name is used in errors.
//
// SKELETON: no validation, no positions.
func Load(name string, r io.Reader) (*Glossary, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	g := &Glossary{File: name}
	if err := yaml.Unmarshal(b, g); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, nil
}
